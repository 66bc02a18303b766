/**
 * The editor page's one script (built by rollup into editor/editor.js, a classic script so that
 * the page also opens from a folder on disk). No website bundle imports it.
 */
import { DirectoryEditor } from './app.js';

if (!customElements.get('reper-directory-editor')) customElements.define('reper-directory-editor', DirectoryEditor);

declare global {
  interface HTMLElementTagNameMap {
    'reper-directory-editor': DirectoryEditor;
  }
}
