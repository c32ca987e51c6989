<?php
// What block.js needs loaded first (WordPress reads this file beside block.js; no build step).
return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
	'version'      => KTS_VERSION,
);
