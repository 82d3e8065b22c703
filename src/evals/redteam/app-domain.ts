/**
 * @module What the generator and the scorer need to know of an app, read from the project it runs in:
 * its instructions as the model sees them, its tools, its knowledge base's document titles, and the text
 * it is configured with.
 */
import { type App, firstRequiredInput, type Project } from '../../pipeline/index.js';
import { toJsonSchema } from '../../prompts/index.js';
import type { AppWords } from './detectors.js';
import type { AppDomain } from './generate.js';

/** The app's domain and own words, and the input an attack goes into. */
export async function describeAppDomain(
  project: Project,
  app: App,
): Promise<{ domain: AppDomain; words: AppWords; queryVar: string | undefined }> {
  const cfg = project.loaded.config.apps[app.name];
  const instructions = await instructionsOf(project, app);
  const toolNames = [...new Set([...(cfg?.tools ?? []), ...(app.prompt.frontMatter.tools ?? [])])];
  const tools = (await project.tools.pick(toolNames, `app "${app.name}"`)).map((t) => ({
    name: t.name,
    description: t.description,
  }));
  return {
    domain: {
      app: app.name,
      ...brandOf(app.description),
      ...(app.description ? { description: app.description } : {}),
      instructions,
      tools,
      titles: app.knowledge ? await titlesOf(project, app.knowledge) : [],
      hasKnowledge: Boolean(app.knowledge),
    },
    words: { instructions, ownText: JSON.stringify(project.loaded.config) },
    queryVar: await firstRequiredInput(app.prompt),
  };
}

// The system turns as rendered with empty passages: the instructions alone, which a leak would repeat.
async function instructionsOf(project: Project, app: App): Promise<string> {
  try {
    const schema = await toJsonSchema(
      app.prompt.frontMatter.input?.schema,
      app.prompt.origin,
      'input.schema',
    );
    const vars = Object.fromEntries(
      Object.keys((schema?.properties as object | undefined) ?? {}).map((k) => [k, '…']),
    );
    const rendered = await project.prompts.render(app.prompt, vars, undefined, {
      context: '',
      documents: [],
    });
    return rendered.messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n\n');
  } catch {
    return ''; // a prompt that needs real values to render: leaks are then left to the judge
  }
}

async function titlesOf(project: Project, base: string): Promise<string[]> {
  const docs = await (await project.knowledge.get(base)).index.documents();
  return [...new Set(docs.map((d) => d.title?.trim()).filter((t): t is string => Boolean(t)))].sort();
}

// A capitalised word inside the description ("Answers Fernway customers…"): what the users call the service.
function brandOf(description: string | undefined): { brand?: string } {
  const word = description?.match(/\s(\p{Lu}[\p{L}\p{N}]+)/u)?.[1];
  return word ? { brand: word } : {};
}
