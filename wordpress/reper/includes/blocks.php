<?php
/**
 * The dynamic blocks (block.json + server render), their "Reper" category, the editor script, and
 * the same elements as shortcodes for the classic editor.
 *
 * @package Reper
 */

defined( 'ABSPATH' ) || exit;

const REPER_BLOCKS = array( 'hotline', 'exit', 'finder', 'qr', 'pathway' );

add_action(
	'init',
	static function () {
		foreach ( REPER_BLOCKS as $name ) {
			register_block_type(
				REPER_DIR . 'blocks/' . $name,
				array( 'render_callback' => static fn( $attributes ) => call_user_func( 'reper_render_' . $name, (array) $attributes ) )
			);
			add_shortcode(
				'reper_' . $name,
				static fn( $atts ) => call_user_func( 'reper_render_' . $name, reper_shortcode_attributes( $name, (array) $atts ) )
			);
		}
	}
);

/**
 * Shortcode attributes (lower case, kebab or snake) as the block's attributes.
 *
 * @param string $name  The block.
 * @param array  $atts  The shortcode's attributes.
 */
function reper_shortcode_attributes( string $name, array $atts ): array {
	$out = array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare word such as [reper_hotline neutral] is a boolean attribute.
			$key   = (string) $value;
			$value = true;
		}
		$key = lcfirst( str_replace( ' ', '', ucwords( str_replace( array( '-', '_' ), ' ', strtolower( $key ) ) ) ) );
		if ( in_array( $key, array( 'neutral', 'info', 'reportChanges' ), true ) ) {
			$value = true === $value || in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on', 'da' ), true ) || $key === $value;
		}
		$out[ $key ] = $value;
	}
	return $out;
}

add_filter(
	'block_categories_all',
	static function ( array $categories ) {
		array_unshift(
			$categories,
			array(
				'slug'  => 'reper',
				'title' => 'Reper',
				'icon'  => null,
			)
		);
		return $categories;
	}
);

add_action(
	'enqueue_block_editor_assets',
	static function () {
		wp_enqueue_script(
			'reper-editor',
			plugins_url( 'assets/editor.js', REPER_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
			REPER_VERSION,
			true
		);
		wp_enqueue_style( 'reper-editor', plugins_url( 'assets/editor.css', REPER_FILE ), array(), REPER_VERSION );
		wp_add_inline_script( 'reper-editor', 'window.reperEditor = ' . wp_json_encode( reper_editor_strings() ) . ';', 'before' );
		// The previews are the elements themselves, upgraded by the same bundle as the front end.
		reper_enqueue( 'reper' );
		if ( reper_has_bundle( 'pathway' ) ) {
			reper_enqueue( 'pathway' );
		}
	}
);

/** The editor's labels, translated with the plugin's gettext catalogue. */
function reper_editor_strings(): array {
	return array(
		'settings'      => __( 'Settings', 'reper' ),
		'variant'       => __( 'Look', 'reper' ),
		'banner'        => __( 'Banner', 'reper' ),
		'compact'       => __( 'Compact line', 'reper' ),
		'card'          => __( 'Card', 'reper' ),
		'audience'      => __( 'Audience', 'reper' ),
		'general'       => __( 'Everyone', 'reper' ),
		'children'      => __( 'Children (adds 119 and 116 111)', 'reper' ),
		'professional'  => __( 'Professionals (legal names)', 'reper' ),
		'neutral'       => __( 'Neutral wording (names no violence)', 'reper' ),
		'label'         => __( 'Button text (empty: "Ieși rapid" in the page language)', 'reper' ),
		'href'          => __( 'Destination (empty: the one in Settings → Reper)', 'reper' ),
		'shortcut'      => __( 'Keyboard shortcut', 'reper' ),
		'shift3'        => __( 'Shift three times', 'reper' ),
		'escape2'       => __( 'Escape twice', 'reper' ),
		'none'          => __( 'None', 'reper' ),
		'info'          => __( 'Explain what quick exit cannot do', 'reper' ),
		'exitNote'      => __( 'On the page the button sits in the bottom corner of the screen, whatever the scroll. The shortcut does not work in the editor.', 'reper' ),
		'category'      => __( 'Only this category (e.g. shelter, counselling; empty: all)', 'reper' ),
		'locality'      => __( 'Start with this locality (e.g. Turda)', 'reper' ),
		'audienceCode'  => __( 'Only this audience (e.g. adult-victim; empty: all)', 'reper' ),
		'reportChanges' => __( 'A "report a change" link on each service', 'reper' ),
		'finderNote'    => __( 'The feed, keys and map links are set in Settings → Reper.', 'reper' ),
		'value'         => __( 'Address or text in the code', 'reper' ),
		'qrLabel'       => __( 'Caption', 'reper' ),
		'ecc'           => __( 'Error correction', 'reper' ),
		'size'          => __( 'Size (e.g. 200, 4cm; empty: automatic)', 'reper' ),
	);
}
