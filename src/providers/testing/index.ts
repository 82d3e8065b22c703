export { createScriptedProvider, type ScriptedProvider, type ScriptStep } from './scripted-provider.js';
