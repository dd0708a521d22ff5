import nunjucks from 'nunjucks';

/** Renders our templates, which import govuk-frontend's macros ("govuk/components/…/macro.njk"). */
export interface Renderer {
  render(template: string, context: Record<string, unknown>): string;
}

export function createRenderer(viewsDir: string, govukFrontendDir: string): Renderer {
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([viewsDir, govukFrontendDir]), {
    autoescape: true,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  return { render: (template, context) => env.render(template, context) };
}
