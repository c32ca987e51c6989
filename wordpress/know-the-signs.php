<?php
/**
 * Plugin Name: Know the Signs
 * Plugin URI: https://www.npmjs.com/package/know-the-signs
 * Description: A short quiz that teaches the signs of human trafficking, with help details that always show and a quick exit. Add it with the [know_the_signs] shortcode or the "Know the Signs" block.
 * Version: 0.1.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * License: MIT OR Apache-2.0
 * License URI: https://opensource.org/licenses/MIT
 * Text Domain: know-the-signs
 *
 * Why it is built this way: the widget's own files are inside this plugin (widget/), so a
 * visitor's browser asks nothing of any other server (WordPress.org guideline 8, and the
 * widget's privacy promise). The shortcode, the block and the settings page all pass through
 * kts_clean(), which accepts exactly the values the widget accepts (README, "Options") and drops
 * anything else, so the widget's own default is used; every value is escaped again on output.
 */

defined( 'ABSPATH' ) || exit;

define( 'KTS_VERSION', '0.1.0' );

/**
 * The options, by their shortcode name (the data-* attribute without `data-`, `-` as `_`).
 * Regions, audiences, languages and themes are the enums of block.json, so the block editor,
 * the shortcode and the settings page offer and accept the same values.
 */
function kts_options() {
	static $options = null;
	if ( null === $options ) {
		$block   = json_decode( file_get_contents( __DIR__ . '/block.json' ), true );
		$options = array();
		foreach ( $block['attributes'] as $name => $attribute ) {
			$options[ $name ] = isset( $attribute['enum'] ) ? array_values( array_filter( $attribute['enum'], 'strlen' ) ) : null;
		}
	}
	return $options;
}

/** What the site's settings page may set: the site-wide defaults. */
function kts_site_options() {
	return array( 'region', 'help_name', 'help_phone', 'help_text', 'help_url', 'exit_url' );
}

/** Words from a comma- or space-separated list, each one of `$allowed`, or null if any is not. */
function kts_clean_list( $value, $allowed ) {
	$words = preg_split( '/[\s,]+/', strtolower( trim( $value ) ), -1, PREG_SPLIT_NO_EMPTY );
	if ( ! $words || array_diff( $words, $allowed ) ) {
		return null;
	}
	return implode( ', ', array_unique( $words ) );
}

/** An http: or https: URL with no spaces or quotes, or null. */
function kts_clean_url( $value ) {
	$value = trim( $value );
	if ( strlen( $value ) > 2000 || ! preg_match( '#^https?://[^\s"\'<>`]+$#i', $value ) ) {
		return null;
	}
	return esc_url_raw( $value, array( 'http', 'https' ) ) === $value ? $value : null;
}

/**
 * `$value` for the option `$name` as the widget accepts it, or null where it would not (the
 * widget's default is then used). README, "Options", has the same rules.
 */
function kts_clean( $name, $value ) {
	if ( ! is_string( $value ) && ! is_numeric( $value ) ) {
		return null;
	}
	$value   = trim( (string) $value );
	$options = kts_options();
	if ( '' === $value || ! array_key_exists( $name, $options ) ) {
		return null;
	}
	if ( is_array( $options[ $name ] ) ) {
		$value = strtolower( $value );
		return in_array( $value, $options[ $name ], true ) ? $value : null;
	}
	switch ( $name ) {
		case 'topics':
			return kts_clean_list( $value, array( 'labour', 'sex', 'csec', 'smuggling', 'myths' ) );
		case 'panels':
			return kts_clean_list( $value, array( 'quiz', 'facts', 'help' ) );
		case 'questions':
			return preg_match( '/^[1-9][0-9]{0,3}$/', $value ) ? $value : null;
		case 'help_phone':
		case 'help_text':
			$digits = preg_replace( '/\D/', '', $value );
			return preg_match( '/^[\d +\-.()]+$/', $value ) && strlen( $digits ) >= 3 && strlen( $digits ) <= 20 ? $value : null;
		case 'help_name':
			$value = sanitize_text_field( $value );
			return '' !== $value && strlen( $value ) <= 200 ? $value : null;
		case 'pack':
			// A partner's own pack: an absolute URL, or a path on this site.
			if ( preg_match( '#^/[^/\s"\'<>`][^\s"\'<>`]*$#', $value ) ) {
				return $value;
			}
			return kts_clean_url( $value );
		default: // help_url, exit_url, safety_url
			return kts_clean_url( $value );
	}
}

/** The site's defaults from the settings page, cleaned again (the database may hold anything). */
function kts_site_defaults() {
	$saved    = get_option( 'kts_defaults', array() );
	$defaults = array();
	foreach ( kts_site_options() as $name ) {
		$value = is_array( $saved ) && isset( $saved[ $name ] ) ? kts_clean( $name, $saved[ $name ] ) : null;
		if ( null !== $value ) {
			$defaults[ $name ] = $value;
		}
	}
	return $defaults;
}

/**
 * What visitors read if the widget cannot run (scripts off, the file blocked): the region's
 * help lines, as the README's and the configurator's snippets give them, in the widget's
 * language. They come from snippets.json, which the release writes from the project's one
 * source of help details (data/help.json); without it, only the emergency advice, with no
 * number that could be another country's.
 */
function kts_fallback( $region, $locale ) {
	static $lines = null;
	if ( null === $lines ) {
		$file  = __DIR__ . '/snippets.json';
		$lines = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		if ( ! is_array( $lines ) ) {
			$lines = array();
		}
	}
	$locale = isset( $lines[ $locale ] ) ? $locale : 'en';
	if ( isset( $lines[ $locale ][ $region ] ) ) {
		return $lines[ $locale ][ $region ];
	}
	if ( isset( $lines[ $locale ]['us'] ) ) {
		return $lines[ $locale ]['us'];
	}
	return 'es' === $locale
		? 'Si alguien está en peligro inmediato, llame al número local de emergencias.'
		: 'If someone is in immediate danger, call your local emergency number.';
}

/**
 * The widget's markup for the options `$given` (shortcode attributes or block attributes), over
 * the site's defaults; loads the widget's script on this page. The shortcode and the block both
 * render through here.
 */
function kts_render( $given ) {
	$given  = is_array( $given ) ? $given : array();
	$values = kts_site_defaults();
	foreach ( $given as $name => $value ) {
		$name  = str_replace( '-', '_', strtolower( (string) $name ) );
		$value = kts_clean( $name, $value );
		if ( null !== $value ) {
			$values[ $name ] = $value;
		}
	}

	wp_enqueue_script( 'know-the-signs' );

	$attributes = '';
	foreach ( kts_options() as $name => $allowed ) {
		if ( ! isset( $values[ $name ] ) ) {
			continue;
		}
		$value       = $values[ $name ];
		$is_url      = in_array( $name, array( 'help_url', 'exit_url', 'safety_url' ), true );
		$attributes .= ' data-' . str_replace( '_', '-', $name ) . '="' . ( $is_url ? esc_url( $value, array( 'http', 'https' ) ) : esc_attr( $value ) ) . '"';
	}
	$locale = isset( $values['locale'] ) ? $values['locale'] : ( 0 === strpos( get_locale(), 'es' ) ? 'es' : 'en' );
	$region = isset( $values['region'] ) ? $values['region'] : 'us';
	// The widget's room, kept from the start so the page does not jump when it draws (README, "Add
	// it to your page"); not for the help details alone, which are short.
	$panels  = isset( $values['panels'] ) ? $values['panels'] : 'quiz';
	$reserve = preg_match( '/quiz|facts/', $panels ) ? ' style="display:block;min-height:100vh"' : '';
	return '<know-the-signs' . $reserve . $attributes . '><p lang="' . esc_attr( $locale ) . '">'
		. wp_kses( kts_fallback( $region, $locale ), array( 'a' => array( 'href' => true ) ), array( 'tel', 'sms' ) )
		. '</p></know-the-signs>';
}

/** [know_the_signs region="uk" audience="health" locale="es" …] */
function kts_shortcode( $atts ) {
	return kts_render( $atts );
}
add_shortcode( 'know_the_signs', 'kts_shortcode' );

add_action(
	'init',
	function () {
		// Registered here, loaded only by kts_render(): pages without the widget do not get it.
		// Async (the `strategy` WordPress 6.3 reads; kts_script_tag() adds it on older versions).
		wp_register_script(
			'know-the-signs',
			plugins_url( 'widget/embed.js', __FILE__ ),
			array(),
			KTS_VERSION,
			array(
				'in_footer' => true,
				'strategy'  => 'async',
			)
		);
		register_block_type( __DIR__, array( 'render_callback' => 'kts_render' ) );
	}
);

/**
 * The widget's script tag: async, and no referrer (its requests need not say which page a
 * visitor reads).
 */
function kts_script_tag( $tag, $handle ) {
	if ( 'know-the-signs' !== $handle ) {
		return $tag;
	}
	if ( ! preg_match( '/\sasync[\s>=]/', $tag ) ) {
		$tag = str_replace( '<script ', '<script async ', $tag );
	}
	if ( false === strpos( $tag, 'referrerpolicy' ) ) {
		$tag = str_replace( '<script ', '<script referrerpolicy="no-referrer" ', $tag );
	}
	return $tag;
}
add_filter( 'script_loader_tag', 'kts_script_tag', 10, 2 );

// --- Settings page: the site's defaults ---------------------------------------------------

/** The settings page's fields: option name => [label, help text]. */
function kts_setting_fields() {
	return array(
		'region'     => array( __( 'Region', 'know-the-signs' ), __( 'Whose helplines the help details list. "intl" lists no national line: add your own service below.', 'know-the-signs' ) ),
		'help_name'  => array( __( 'Your service’s name', 'know-the-signs' ), __( 'Shown first in the help details once it has a phone number, text number or website.', 'know-the-signs' ) ),
		'help_phone' => array( __( 'Its phone number', 'know-the-signs' ), __( '3 to 20 digits; spaces and + - . ( ) allowed.', 'know-the-signs' ) ),
		'help_text'  => array( __( 'Its number for text messages', 'know-the-signs' ), __( '3 to 20 digits; spaces and + - . ( ) allowed.', 'know-the-signs' ) ),
		'help_url'   => array( __( 'Its website', 'know-the-signs' ), __( 'An http: or https: address.', 'know-the-signs' ) ),
		'exit_url'   => array( __( 'Quick exit goes to', 'know-the-signs' ), __( 'A neutral http: or https: page. Empty: a weather page.', 'know-the-signs' ) ),
	);
}

/** Keeps the values the widget accepts; says which were not kept. */
function kts_sanitize_defaults( $input ) {
	$clean  = array();
	$fields = kts_setting_fields();
	foreach ( kts_site_options() as $name ) {
		$raw = is_array( $input ) && isset( $input[ $name ] ) ? trim( (string) wp_unslash( $input[ $name ] ) ) : '';
		if ( '' === $raw ) {
			continue;
		}
		$value = kts_clean( $name, $raw );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
		} elseif ( ! in_array( 'kts_' . $name, wp_list_pluck( get_settings_errors( 'kts_defaults' ), 'code' ), true ) ) {
			// (Once: WordPress sanitizes twice when it first adds the option.)
			/* translators: %s: the name of a setting. */
			add_settings_error( 'kts_defaults', 'kts_' . $name, sprintf( __( '%s: this value cannot be used, so the widget’s default applies.', 'know-the-signs' ), $fields[ $name ][0] ) );
		}
	}
	return $clean;
}

add_action(
	'admin_init',
	function () {
		register_setting(
			'kts',
			'kts_defaults',
			array(
				'type'              => 'array',
				'sanitize_callback' => 'kts_sanitize_defaults',
				'default'           => array(),
			)
		);
		add_settings_section( 'kts_main', __( 'Defaults for every widget on this site', 'know-the-signs' ), '__return_false', 'know-the-signs' );
		foreach ( kts_setting_fields() as $name => $field ) {
			add_settings_field(
				'kts_' . $name,
				$field[0],
				'kts_setting_field',
				'know-the-signs',
				'kts_main',
				array(
					'name'      => $name,
					'help'      => $field[1],
					'label_for' => 'kts_' . $name,
				)
			);
		}
	}
);

/** One field of the settings page. */
function kts_setting_field( $args ) {
	$name  = $args['name'];
	$saved = get_option( 'kts_defaults', array() );
	$value = is_array( $saved ) && isset( $saved[ $name ] ) ? (string) $saved[ $name ] : '';
	$id    = 'kts_' . $name;
	$field = 'kts_defaults[' . $name . ']';
	$help  = $id . '_help';
	$options = kts_options();
	if ( is_array( $options[ $name ] ) ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" aria-describedby="' . esc_attr( $help ) . '">';
		echo '<option value="">' . esc_html__( 'The widget’s default (us)', 'know-the-signs' ) . '</option>';
		foreach ( $options[ $name ] as $choice ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( $value, $choice, false ) . '>' . esc_html( $choice ) . '</option>';
		}
		echo '</select>';
	} else {
		$type = in_array( $name, array( 'help_url', 'exit_url' ), true ) ? 'url' : ( 'help_name' === $name ? 'text' : 'tel' );
		echo '<input class="regular-text" type="' . esc_attr( $type ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '" value="' . esc_attr( $value ) . '" aria-describedby="' . esc_attr( $help ) . '">';
	}
	echo '<p class="description" id="' . esc_attr( $help ) . '">' . esc_html( $args['help'] ) . '</p>';
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Know the Signs', 'know-the-signs' ),
			__( 'Know the Signs', 'know-the-signs' ),
			'manage_options',
			'know-the-signs',
			function () {
				if ( ! current_user_can( 'manage_options' ) ) {
					return;
				}
				echo '<div class="wrap"><h1>' . esc_html__( 'Know the Signs', 'know-the-signs' ) . '</h1>';
				echo '<p>' . esc_html__( 'Add the widget to a post or page with the "Know the Signs" block or the shortcode [know_the_signs]. What you set here applies to every widget that does not set it itself.', 'know-the-signs' ) . '</p>';
				echo '<form action="options.php" method="post">';
				settings_fields( 'kts' );
				do_settings_sections( 'know-the-signs' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);
