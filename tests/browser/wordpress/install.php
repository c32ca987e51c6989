<?php
/*
 * Installs the test's WordPress (tests/browser/wordpress/site.mjs) as a partner would, without
 * a browser: creates the database, runs WordPress's own installer, activates the plugin that
 * site.mjs unzipped from the release, and publishes the posts given as JSON in KTS_WP_POSTS
 * ({ slug: content }) as the administrator. Prints { slug: URL } as JSON.
 */
$root   = getenv( 'KTS_WP_ROOT' );
$socket = getenv( 'KTS_WP_SOCKET' );
$db     = new mysqli( 'localhost', 'root', '', '', 0, $socket );
$db->query( 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4' ) || exit( "could not create the database\n" );

define( 'WP_INSTALLING', true );
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$installed = wp_install( 'A partner site', 'admin', 'admin@example.org', false, '', getenv( 'KTS_WP_PASSWORD' ) );
if ( is_wp_error( $installed ) || empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install failed\n" );
	exit( 1 );
}
$activated = activate_plugin( 'know-the-signs/know-the-signs.php' );
if ( is_wp_error( $activated ) ) {
	fwrite( STDERR, 'activating the plugin failed: ' . $activated->get_error_message() . "\n" );
	exit( 1 );
}

wp_set_current_user( $installed['user_id'] );
$urls = array();
foreach ( json_decode( getenv( 'KTS_WP_POSTS' ), true ) as $slug => $content ) {
	$id = wp_insert_post(
		array(
			'post_title'   => $slug,
			'post_name'    => $slug,
			'post_content' => $content,
			'post_status'  => 'publish',
		),
		true
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, "publishing $slug failed\n" );
		exit( 1 );
	}
	$urls[ $slug ] = get_permalink( $id );
}
echo json_encode( $urls );
