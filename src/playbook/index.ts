export { collectPlaybook, type PlaybookApp } from './collect-playbook.js';
export { playbookHtml } from './render-html.js';
export { playbookMarkdown } from './render-markdown.js';
