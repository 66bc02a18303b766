import { define } from '../../internal/define.js';
import { ReperPathwayElement } from './pathway.component.js';

export { ReperPathwayElement };
export type { PathwayAudience, PathwayCategory } from './pathway.component.js';

define('reper-pathway', ReperPathwayElement);

declare global {
  interface HTMLElementTagNameMap {
    'reper-pathway': ReperPathwayElement;
  }
}
