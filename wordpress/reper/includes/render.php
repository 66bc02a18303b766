<?php
/**
 * Server render of every block and shortcode: the custom element with escaped, allow-listed
 * attributes around its light-DOM fallback, so the helpline is visible and callable before and
 * without JavaScript. Only the block comment and its plain attributes are stored in the post, so
 * kses never sees custom-element markup.
 *
 * @package Reper
 */

defined( 'ABSPATH' ) || exit;

/** The Reper language for this page: the setting, else the site's locale when Reper has it, else ro. */
function reper_lang(): string {
	$lang = reper_settings()['lang'];
	if ( '' !== $lang ) {
		return $lang;
	}
	$locale = substr( determine_locale(), 0, 2 );
	return in_array( $locale, array( 'ro', 'hu', 'en', 'uk' ), true ) ? $locale : 'ro';
}

/**
 * One value from an allow-list, else the first (the default).
 *
 * @param mixed $value   The attribute value.
 * @param array $allowed The allowed values, the default first.
 */
function reper_pick( $value, array $allowed ): string {
	return in_array( $value, $allowed, true ) ? $value : $allowed[0];
}

/**
 * The attributes of an element, escaped: true → a boolean attribute, '' / null / false → left out.
 *
 * @param array $attrs Name → value.
 */
function reper_attrs( array $attrs ): string {
	$out = '';
	foreach ( $attrs as $name => $value ) {
		if ( true === $value ) {
			$out .= ' ' . $name;
		} elseif ( null !== $value && false !== $value && '' !== $value ) {
			$out .= sprintf( ' %s="%s"', $name, esc_attr( (string) $value ) );
		}
	}
	return $out;
}

/** The attributes every element takes from the settings (lang, neutral), merged with its own. */
function reper_common( array $attrs, bool $neutral = false ): array {
	$s = reper_settings();
	return array_merge(
		$attrs,
		array(
			'lang'    => '' !== $s['lang'] ? $s['lang'] : null,
			'neutral' => $neutral || ! empty( $s['neutral'] ),
		)
	);
}

/** True while the block editor asks for a preview (ServerSideRender): nothing there may leave the editor. */
function reper_is_preview(): bool {
	return defined( 'REST_REQUEST' ) && REST_REQUEST;
}

/** A tel: link. */
function reper_tel( string $number, string $shown ): string {
	return sprintf( '<a href="tel:%s">%s</a>', esc_attr( $number ), esc_html( $shown ) );
}

/**
 * The helpline line shown without JavaScript, in the page's language (the same wording as the
 * examples): 0800 500 333 and 112, for children also 119 and 116 111.
 */
function reper_helpline_fallback( bool $neutral, bool $children = false ): string {
	$lines = array(
		'ro' => array( '%1$s — linia gratuită pentru victimele violenței domestice (24/7). Pericol imediat: %2$s', '%1$s — linie telefonică gratuită, non-stop. Pericol imediat: %2$s' ),
		'hu' => array( '%1$s — ingyenes segélyvonal (éjjel-nappal). Közvetlen veszély: %2$s', '%1$s — ingyenes segélyvonal (éjjel-nappal). Közvetlen veszély: %2$s' ),
		'en' => array( '%1$s — free domestic-violence helpline (24/7). Immediate danger: %2$s', '%1$s — free helpline (24/7). Immediate danger: %2$s' ),
		'uk' => array( '%1$s — безкоштовна гаряча лінія (цілодобово). Небезпека: %2$s', '%1$s — безкоштовна гаряча лінія (цілодобово). Небезпека: %2$s' ),
	);
	$neutral = $neutral || ! empty( reper_settings()['neutral'] );
	$format  = $lines[ reper_lang() ][ $neutral ? 1 : 0 ];
	$html    = sprintf( esc_html( $format ), reper_tel( '0800500333', '0800 500 333' ), reper_tel( '112', '112' ) );
	if ( $children ) {
		$html .= ' · ' . reper_tel( '119', '119' ) . ' · ' . reper_tel( '116111', '116 111' );
	}
	return $html;
}

/**
 * `reper/hotline`: <reper-hotline>.
 *
 * @param array $a Block attributes.
 */
function reper_render_hotline( array $a ): string {
	reper_enqueue( 'hotline' );
	$variant  = reper_pick( $a['variant'] ?? null, array( 'banner', 'compact', 'card' ) );
	$audience = reper_pick( $a['audience'] ?? null, array( 'general', 'children' ) );
	$neutral  = ! empty( $a['neutral'] );
	$attrs    = reper_common( array( 'variant' => $variant, 'audience' => $audience ), $neutral );
	return '<reper-hotline' . reper_attrs( $attrs ) . '>' . reper_helpline_fallback( $neutral, 'children' === $audience ) . '</reper-hotline>';
}

/**
 * `reper/exit`: <reper-exit>. In the editor's preview it has no shortcut (assets/editor.css keeps it in its block).
 *
 * @param array $a Block attributes.
 */
function reper_render_exit( array $a ): string {
	reper_enqueue( 'exit' );
	$s     = reper_settings();
	$href  = (string) ( $a['href'] ?? '' );
	$href  = '' !== $href && reper_is_safe_url( $href ) ? $href : $s['exit_href'];
	$label = trim( (string) ( $a['label'] ?? '' ) );
	$labels  = array(
		'ro' => array( 'Ieși rapid', 'Ieșire' ),
		'hu' => array( 'Gyors kilépés', 'Kilépés' ),
		'en' => array( 'Exit this page', 'Exit' ),
		'uk' => array( 'Швидкий вихід', 'Вийти' ),
	);
	$neutral = ! empty( $s['neutral'] );
	$shown   = '' !== $label ? $label : $labels[ reper_lang() ][ $neutral ? 1 : 0 ];
	$preview = reper_is_preview();
	$attrs   = reper_common(
		array(
			'href'      => $href,
			'shortcut'  => $preview ? 'none' : reper_pick( $a['shortcut'] ?? null, array( 'shift3', 'escape2', 'none' ) ),
			'label'     => '' !== $label ? $label : null,
			'info'      => ! empty( $a['info'] ),
		)
	);
	return '<reper-exit' . reper_attrs( $attrs ) . sprintf( '><a href="%s" rel="noreferrer">%s</a></reper-exit>', esc_url( $href, array( 'https', 'http' ) ), esc_html( $shown ) );
}

/**
 * `reper/finder`: <reper-finder> with the feed, keys and map provider from the settings.
 *
 * @param array $a Block attributes.
 */
function reper_render_finder( array $a ): string {
	reper_enqueue( 'finder' );
	$s     = reper_settings();
	$attrs = reper_common(
		array(
			'src'            => $s['feed_url'],
			'public-key'     => $s['public_keys'],
			'map-provider'   => $s['map_provider'],
			'audience'       => sanitize_text_field( (string) ( $a['audience'] ?? '' ) ),
			'category'       => sanitize_text_field( (string) ( $a['category'] ?? '' ) ),
			'locality'       => sanitize_text_field( (string) ( $a['locality'] ?? '' ) ),
			'report-changes' => ! empty( $a['reportChanges'] ),
		)
	);
	return '<reper-finder' . reper_attrs( $attrs ) . '>' . reper_helpline_fallback( false ) . '</reper-finder>';
}

/**
 * `reper/qr`: <reper-qr>. Without JavaScript, a link (https, tel, mailto) or the text.
 *
 * @param array $a Block attributes.
 */
function reper_render_qr( array $a ): string {
	$value = trim( (string) ( $a['value'] ?? '' ) );
	if ( '' === $value ) {
		return reper_is_preview() ? '<p>' . esc_html__( 'Enter the address or text the QR code should hold.', 'reper' ) . '</p>' : '';
	}
	reper_enqueue( 'qr' );
	$label = trim( (string) ( $a['label'] ?? '' ) );
	$size  = trim( (string) ( $a['size'] ?? '' ) );
	$attrs = reper_common(
		array(
			'value' => $value,
			'label' => $label,
			'ecc'   => reper_pick( $a['ecc'] ?? null, array( 'M', 'L', 'Q', 'H' ) ),
			'size'  => preg_match( '/^\d+(\.\d+)?(px|cm|mm|rem|em)?$/', $size ) ? $size : null,
		)
	);
	$scheme   = strtolower( (string) wp_parse_url( $value, PHP_URL_SCHEME ) );
	$fallback = in_array( $scheme, array( 'https', 'tel', 'mailto' ), true )
		? sprintf( '<a href="%s">%s</a>', esc_url( $value, array( 'https', 'tel', 'mailto' ) ), esc_html( '' !== $label ? $label : $value ) )
		: esc_html( '' !== $label ? $label : $value );
	return '<reper-qr' . reper_attrs( $attrs ) . '>' . $fallback . '</reper-qr>';
}

/**
 * `reper/pathway`: <reper-pathway>, with a short fallback (data/pathway.md: anyone can call
 * 0800 500 333, free, 24/7, to talk it through first, and 112 in immediate danger). Its script
 * is loaded only when the bundle has cdn/pathway.js.
 *
 * @param array $a Block attributes.
 */
function reper_render_pathway( array $a ): string {
	reper_enqueue( 'pathway' );
	$lines = array(
		'ro' => 'Poți suna oricând la %1$s (gratuit, 24/7) ca să vorbești întâi despre ce se poate întâmpla. În pericol imediat, sună la %2$s.',
		'hu' => '%1$s — ingyenes segélyvonal (éjjel-nappal). Közvetlen veszély: %2$s',
		'en' => 'Anyone can call %1$s (free, 24/7) to talk it through first. In immediate danger, call %2$s.',
		'uk' => '%1$s — безкоштовна гаряча лінія (цілодобово). Небезпека: %2$s',
	);
	$attrs = reper_common( array( 'audience' => reper_pick( $a['audience'] ?? null, array( 'general', 'professional' ) ) ) );
	$text  = sprintf( esc_html( $lines[ reper_lang() ] ), reper_tel( '0800500333', '0800 500 333' ), reper_tel( '112', '112' ) );
	return '<reper-pathway' . reper_attrs( $attrs ) . '><p>' . $text . '</p></reper-pathway>';
}
