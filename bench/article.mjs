// The partner page of the Lighthouse A/B (bench/lighthouse.mjs): a news article as a partner's
// site would have it, a heading, a lede and a few paragraphs, with the README's snippet near
// the top (after the lede) or without it. Everything else is the same in both, byte for byte.

const PARAGRAPHS = [
  'Workers at the car wash on Elm Street were paid in cash, when they were paid at all. Several lived in a room above ' +
    'the office that the owner rented to them, and the rent was taken from wages before anyone saw them. Two of them ' +
    'told a volunteer at our food bank that they could not leave until a debt for their travel was paid off.',
  'Our volunteers meet people every week whose work or living conditions raise questions. Most of the time there is ' +
    'an ordinary explanation. Sometimes there is not, and the people involved are afraid to say so, or do not know ' +
    'that what is happening to them is a crime and that help exists.',
  'Knowing the signs does not mean confronting anyone. It means noticing, asking gently when it is safe to ask, and ' +
    'knowing whom to call. Specialist hotlines take calls from people who are unsure: they would rather hear about ' +
    'a situation that turns out to be fine than miss one that is not.',
  'This autumn we are running short sessions for volunteers, shop owners and anyone who works with the public. Each ' +
    'session lasts an hour and covers what labour and sex trafficking look like in our town, how trafficking differs ' +
    'from smuggling, and what to do if you are worried about someone.',
  'Sessions are free and held in the community hall on Tuesday evenings. No booking is needed. If you cannot come, ' +
    'the quiz on this page covers the same ground and takes a few minutes.',
];

/**
 * The article page, with `snippet` (HTML, inserted as it is) after the lede, or none when
 * `snippet` is empty.
 */
export function articlePage(snippet = '') {
  const paragraphs = PARAGRAPHS.map((p) => `      <p>${p}</p>\n`).join('');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Would you know the signs? | Riverside Community Action</title>
  <meta name="description" content="How to notice the signs of human trafficking in our town, and what to do.">
  <link rel="icon" href="data:,">
  <style>
    body { margin: 0; font-family: Georgia, serif; line-height: 1.6; color: #1f2328; background: #fff; }
    header, main, footer { max-width: 42rem; margin: 0 auto; padding: 1rem; }
    header { border-bottom: 1px solid #d0d7de; }
    header a { color: #0b4f8a; margin-right: 1rem; }
    h1 { font-size: 2rem; line-height: 1.2; margin: 1rem 0; }
    .lede { font-size: 1.2rem; }
    footer { color: #57606a; border-top: 1px solid #d0d7de; }
  </style>
</head>
<body>
  <header>
    <nav aria-label="Site"><a href="/">Home</a><a href="/news/">News</a><a href="/volunteer/">Volunteer</a></nav>
  </header>
  <main>
    <article>
      <h1>Would you know the signs?</h1>
      <p class="lede">Human trafficking happens in ordinary places: car washes, nail bars, farms and private homes.
        Here is what our volunteers have learned to look for.</p>
${snippet}${paragraphs}    </article>
  </main>
  <footer>
    <p>Riverside Community Action, 12 Mill Lane. Registered charity.</p>
  </footer>
</body>
</html>
`;
}
