<?php
/**
 * The settings page (Settings → Reper): feed URL, public keys, language, neutral mode, map
 * provider, exit destination. A value that does not pass is refused with a message that names
 * the field and the reason, and the previous value is kept.
 *
 * @package Reper
 */

defined( 'ABSPATH' ) || exit;

const REPER_OPTION = 'reper_settings';
const REPER_DEFAULT_EXIT = 'https://www.meteoromania.ro/';

/** The saved settings over the defaults. */
function reper_settings(): array {
	$saved = get_option( REPER_OPTION, array() );
	return array_merge(
		array(
			'feed_url'     => '',
			'public_keys'  => '',
			'lang'         => '',
			'neutral'      => false,
			'map_provider' => '',
			'exit_href'    => REPER_DEFAULT_EXIT,
		),
		is_array( $saved ) ? $saved : array()
	);
}

/** True for an https:// URL, or a path on this site ("/reper/feed.json"). */
function reper_is_safe_url( string $url ): bool {
	if ( str_starts_with( $url, '/' ) && ! str_starts_with( $url, '//' ) ) {
		return true;
	}
	return 'https' === wp_parse_url( $url, PHP_URL_SCHEME ) && '' !== (string) wp_parse_url( $url, PHP_URL_HOST );
}

/** True for one or more base64 Ed25519 public keys (32 bytes each), separated by spaces. */
function reper_are_public_keys( string $keys ): bool {
	foreach ( preg_split( '/\s+/', trim( $keys ) ) as $key ) {
		$raw = base64_decode( $key, true );
		if ( false === $raw || 32 !== strlen( $raw ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Sanitizes the submitted settings: each field that does not pass keeps its previous value and
 * adds an error that says which field and why.
 *
 * @param mixed $input The submitted form values.
 */
function reper_sanitize_settings( $input ): array {
	$old   = reper_settings();
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$out   = $old;
	$fail  = static function ( string $field, string $message ) {
		add_settings_error( REPER_OPTION, 'reper_' . $field, $message, 'error' );
	};

	$feed = trim( (string) ( $input['feed_url'] ?? '' ) );
	if ( '' === $feed || reper_is_safe_url( $feed ) ) {
		$out['feed_url'] = '' === $feed ? '' : esc_url_raw( $feed, array( 'https' ) );
		if ( str_starts_with( $feed, '/' ) ) {
			$out['feed_url'] = $feed;
		}
	} else {
		/* translators: %s: the URL that was entered. */
		$fail( 'feed_url', sprintf( __( 'Feed URL: "%s" is not an https:// address or a path on this site (starting with /). The previous value was kept.', 'reper' ), $feed ) );
	}

	$keys = trim( preg_replace( '/\s+/', ' ', (string) ( $input['public_keys'] ?? '' ) ) );
	if ( '' === $keys || reper_are_public_keys( $keys ) ) {
		$out['public_keys'] = $keys;
	} else {
		$fail( 'public_keys', __( 'Public keys: each key must be the base64 text of a .pub file from "reper keygen" (32 bytes), separated by spaces. The previous value was kept.', 'reper' ) );
	}

	$lang = (string) ( $input['lang'] ?? '' );
	if ( in_array( $lang, array( '', 'ro', 'hu', 'en', 'uk' ), true ) ) {
		$out['lang'] = $lang;
	} else {
		$fail( 'lang', __( 'Language: choose one of the offered languages. The previous value was kept.', 'reper' ) );
	}

	$out['neutral'] = ! empty( $input['neutral'] );

	$map = (string) ( $input['map_provider'] ?? '' );
	if ( in_array( $map, array( '', 'google', 'osm', 'none' ), true ) ) {
		$out['map_provider'] = $map;
	} else {
		$fail( 'map_provider', __( 'Map links: choose one of the offered providers. The previous value was kept.', 'reper' ) );
	}

	$exit = trim( (string) ( $input['exit_href'] ?? '' ) );
	if ( '' === $exit ) {
		$out['exit_href'] = REPER_DEFAULT_EXIT;
	} elseif ( reper_is_safe_url( $exit ) ) {
		$out['exit_href'] = str_starts_with( $exit, '/' ) ? $exit : esc_url_raw( $exit, array( 'https' ) );
	} else {
		/* translators: %s: the URL that was entered. */
		$fail( 'exit_href', sprintf( __( 'Quick exit destination: "%s" is not an https:// address or a path on this site. The previous value was kept.', 'reper' ), $exit ) );
	}
	return $out;
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'reper',
			REPER_OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => 'reper_sanitize_settings',
				'default'           => array(),
			)
		);
		add_settings_section( 'reper_main', '', '__return_false', 'reper' );
		$fields = array(
			'feed_url'     => __( 'Directory feed URL', 'reper' ),
			'public_keys'  => __( 'Public keys', 'reper' ),
			'lang'         => __( 'Language', 'reper' ),
			'neutral'      => __( 'Neutral mode', 'reper' ),
			'map_provider' => __( 'Map links', 'reper' ),
			'exit_href'    => __( 'Quick exit destination', 'reper' ),
		);
		foreach ( $fields as $id => $title ) {
			add_settings_field( $id, $title, 'reper_field', 'reper', 'reper_main', array( 'label_for' => 'reper_' . $id, 'id' => $id ) );
		}
	}
);

/**
 * Prints one settings field.
 *
 * @param array $args The field's id.
 */
function reper_field( array $args ): void {
	$s    = reper_settings();
	$id   = $args['id'];
	$name = REPER_OPTION . '[' . $id . ']';
	$html_id = 'reper_' . $id;
	$help = '';
	switch ( $id ) {
		case 'feed_url':
		case 'exit_href':
			printf( '<input type="text" class="regular-text code" id="%s" name="%s" value="%s" aria-describedby="%s-help">', esc_attr( $html_id ), esc_attr( $name ), esc_attr( $s[ $id ] ), esc_attr( $html_id ) );
			$help = 'feed_url' === $id
				? __( 'The reper-directory/1 JSON file your directory maintainer publishes (https://, or a path on this site). Empty: the national helplines only.', 'reper' )
				: __( 'The neutral page the quick exit opens (https://). Default: the national weather service.', 'reper' );
			break;
		case 'public_keys':
			printf( '<textarea class="large-text code" rows="2" id="%s" name="%s" aria-describedby="%s-help">%s</textarea>', esc_attr( $html_id ), esc_attr( $name ), esc_attr( $html_id ), esc_textarea( $s[ $id ] ) );
			$help = __( 'The publisher\'s public key(s), the text of the .pub file, separated by spaces. When set, only a feed signed with one of them is shown.', 'reper' );
			break;
		case 'lang':
		case 'map_provider':
			$choices = 'lang' === $id
				? array( '' => __( 'The page\'s language', 'reper' ), 'ro' => 'Română', 'hu' => 'Magyar', 'en' => 'English', 'uk' => 'Українська' )
				: array( '' => __( 'Default (Google Maps)', 'reper' ), 'google' => 'Google Maps', 'osm' => 'OpenStreetMap', 'none' => __( 'No map links', 'reper' ) );
			printf( '<select id="%s" name="%s" aria-describedby="%s-help">', esc_attr( $html_id ), esc_attr( $name ), esc_attr( $html_id ) );
			foreach ( $choices as $value => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( $s[ $id ], $value, false ), esc_html( $label ) );
			}
			echo '</select>';
			$help = 'lang' === $id
				? __( 'The language of every Reper block. Default: the language of the page.', 'reper' )
				: __( 'Where an address opens. Map links are plain links: nothing is loaded from the map site until someone follows one.', 'reper' );
			break;
		case 'neutral':
			printf( '<input type="checkbox" id="%s" name="%s" value="1"%s aria-describedby="%s-help">', esc_attr( $html_id ), esc_attr( $name ), checked( $s['neutral'], true, false ), esc_attr( $html_id ) );
			$help = __( 'Wording that does not name violence or abuse, for screens others may see.', 'reper' );
			break;
	}
	printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $html_id ), esc_html( $help ) );
}

add_action(
	'admin_menu',
	static function () {
		add_options_page( 'Reper', 'Reper', 'manage_options', 'reper', 'reper_settings_page' );
	}
);

/** Prints the settings page. */
function reper_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Reper settings', 'reper' ) . '</h1>';
	echo '<p>' . esc_html__( 'These settings apply to every Reper block and shortcode on the site. The blocks are in the "Reper" category of the block inserter.', 'reper' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'reper' );
	do_settings_sections( 'reper' );
	submit_button();
	echo '</form></div>';
}
