<?php
/**
 * Loads the bundled cdn/ files from this site, only on pages that use a Reper block or shortcode.
 * WordPress ≥ 6.5 gets script modules (wp_enqueue_script_module); older versions (Debian's 6.1) a
 * classic script tag turned into type="module".
 *
 * @package Reper
 */

defined( 'ABSPATH' ) || exit;

/** True when the bundled cdn/<name>.js exists (cdn/pathway.js may not be in every build). */
function reper_has_bundle( string $name ): bool {
	return is_readable( REPER_DIR . 'cdn/' . $name . '.js' );
}

/**
 * Enqueues cdn/<name>.js as an ES module.
 *
 * @param string $name A bundle: hotline, exit, finder, qr, pathway or reper (every element).
 */
function reper_enqueue( string $name ): void {
	if ( ! reper_has_bundle( $name ) ) {
		return;
	}
	$url = plugins_url( 'cdn/' . $name . '.js', REPER_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'reper/' . $name, $url, array(), REPER_VERSION );
		return;
	}
	wp_enqueue_script( 'reper-' . $name, $url, array(), REPER_VERSION, true );
}

/**
 * A classic script tag of ours becomes a module script (WordPress < 6.5).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 */
function reper_module_tag( string $tag, string $handle ): string {
	if ( ! str_starts_with( $handle, 'reper-' ) || 'reper-editor' === $handle || str_contains( $tag, 'type="module"' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\b/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'reper_module_tag', 10, 2 );
