/**
 * Helpers shared by several checks: reading frontmatter fields safely. They live in the
 * model's leaf module (src/model/values.ts); the domain facts the checks used to derive here
 * (status, isStyrande, actions, references) are the model's (src/model).
 */
export { arr, obj, str } from '../model/values.js';
