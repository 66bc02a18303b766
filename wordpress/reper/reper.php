<?php
/**
 * Plugin Name:       Reper
 * Plugin URI:        https://www.npmjs.com/package/reper
 * Description:       Where to get help with domestic violence in Romania: the national helpline 0800 500 333, a quick exit, a service finder, QR codes and "what happens when you ask for help", as blocks and shortcodes. Every script is served from this site.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            Reper
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       reper
 * Domain Path:       /languages
 *
 * @package Reper
 */

defined( 'ABSPATH' ) || exit;

define( 'REPER_VERSION', '0.1.0' );
define( 'REPER_FILE', __FILE__ );
define( 'REPER_DIR', __DIR__ . '/' );

require REPER_DIR . 'includes/settings.php';
require REPER_DIR . 'includes/assets.php';
require REPER_DIR . 'includes/render.php';
require REPER_DIR . 'includes/blocks.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'reper', false, dirname( plugin_basename( REPER_FILE ) ) . '/languages' );
	},
	0
);
