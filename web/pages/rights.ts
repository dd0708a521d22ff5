import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { Services } from '../../functions/compose.js';
import { LA_NAMES } from '../../functions/services/la-names.js';
import { statementModel } from '../view/family-page.js';
import { htmlResponse, type PageContext } from './page.js';

/** /your-rights and /your-rights/{laCode}: the statement, with that council's SENDIASS where it gave it. */
export async function rightsPage(
  services: Pick<Services, 'lists'>,
  ctx: PageContext,
  laCode: string | null,
): Promise<APIGatewayProxyStructuredResultV2> {
  const laName = laCode ? LA_NAMES.get(laCode) : null;
  if (laCode && !laName) {
    const statement = statementModel(await services.lists.parentsRightsStatement(null));
    return htmlResponse(
      ctx,
      'rights.njk',
      {
        title: 'Page not found',
        statement,
        notFound: 'We do not know that council. Check the address, or read your rights below.',
      },
      { status: 404 },
    );
  }
  const statement = statementModel(await services.lists.parentsRightsStatement(laCode));
  return htmlResponse(ctx, 'rights.njk', {
    title: laName ? `Your rights: ${laName}` : 'Your rights',
    caption: laName ? `Your rights in ${laName}` : 'Your rights',
    statement,
  });
}
