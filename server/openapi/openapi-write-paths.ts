// The OpenAPI paths that change data: organizations' submissions, edit links and reports, and the moderators' API.
import {
  ApproveRequest,
  BulkDecisionRequest,
  ChangeRequest,
  DecisionResult,
  EditView,
  ModerationQueue,
  RejectRequest,
  ReportCreated,
  ReportRequest,
  ReportResolutionRequest,
  SubmissionCreated,
  SubmissionRequest,
  SubmissionState,
} from '../contract';
import { FacilityInput } from '../contract/facility';
import { FacilityWriteResult, ModeratedFacilityList } from '../contract/moderation-facility';
import { ModeratorSessionResponse, SignInRequest } from '../contract/moderator-session';
import { errorContent, jsonSchema } from './openapi-schema';

const ref = (name: string) => ({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
const body = (name: string) => ({ required: true, content: ref(name) });
const error = (description: string) => ({ description, content: errorContent });
const uuidPath = (name: string) => ({ name, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } });
const editLink = [{ EditLink: [] }];
const moderator = [{ ModeratorSession: [], CsrfToken: [] }];
const badBody = {
  '400': error(
    'A field is missing or wrong: details name each one (in Spanish with Accept-Language: es). Text is kept in Unicode NFC; ' +
      'NUL, lone surrogates and control characters are refused (tabs and line breaks are allowed only in multi-line fields)',
  ),
  '413': error('The body is over 64 KB'),
  '415': error('The body is not application/json'),
};

/** Paths for submissions, the edit link, reports and moderation. */
export function writePaths() {
  return {
    '/api/v1/submissions': {
      post: {
        operationId: 'submitListing',
        summary: 'Submit a new listing; it stays invisible until a moderator approves it',
        requestBody: body('SubmissionRequest'),
        responses: {
          '201': {
            description: 'Stored as pending; the edit link is in the answer, once',
            content: ref('SubmissionCreated'),
          },
          ...badBody,
          '429': error('Too many submissions from this address'),
        },
      },
    },
    '/api/v1/edit': {
      get: {
        operationId: 'readOwnListing',
        summary: "The edit link's listing: its state, current version and history",
        security: editLink,
        responses: {
          '200': { description: 'The listing as its organization sees it', content: ref('EditView') },
          '404': error('The edit link is not valid'),
        },
      },
    },
    '/api/v1/edit/listing': {
      put: {
        operationId: 'proposeChange',
        summary: 'Propose a new version; it goes through moderation again',
        security: editLink,
        requestBody: body('ChangeRequest'),
        responses: {
          '202': { description: 'Waiting for a moderator', content: ref('SubmissionState') },
          ...badBody,
          '404': error('The edit link is not valid'),
          '409': error('The listing was archived'),
        },
      },
    },
    '/api/v1/edit/reconfirm': {
      post: {
        operationId: 'reconfirmListing',
        summary: '"Still accurate": refresh the verified date of a published listing, without moderation',
        security: editLink,
        responses: {
          '200': { description: 'The new verified date' },
          '404': error('The edit link is not valid'),
          '409': error('The listing is not published'),
        },
      },
    },
    '/api/v1/listings/{id}/reports': {
      post: {
        operationId: 'reportListing',
        summary: 'Report a problem with a published listing; it lands in the moderation queue',
        parameters: [uuidPath('id')],
        requestBody: body('ReportRequest'),
        responses: {
          '201': { description: 'Reported', content: ref('ReportCreated') },
          ...badBody,
          '404': error('No published listing has this id'),
          '429': error('Too many reports from this address'),
        },
      },
    },
    '/api/v1/moderation/session': {
      post: {
        operationId: 'signIn',
        summary: 'Moderator sign-in: sets the session cookie, answers the CSRF token',
        requestBody: body('SignInRequest'),
        responses: {
          '200': { description: 'Signed in', content: ref('ModeratorSessionResponse') },
          '401': error('Wrong email or password'),
          '429': error('Too many failed attempts; see Retry-After'),
        },
      },
      ...moderatorRead('currentSession', 'The signed-in moderator', {
        description: 'Signed in',
        content: ref('ModeratorSessionResponse'),
      }),
      delete: {
        operationId: 'signOut',
        summary: 'Sign out',
        security: moderator,
        responses: {
          '204': { description: 'Signed out' },
          '401': error('Not signed in'),
          '403': error('Missing or wrong CSRF token'),
        },
      },
    },
    '/api/v1/moderation/queue': moderatorRead(
      'moderationQueue',
      'Pending submissions, changes, reports and listings due for re-confirmation, oldest first',
      { description: 'The queue', content: ref('ModerationQueue') },
    ),
    '/api/v1/moderation/submissions/{id}/approve': decision(
      'approveSubmission',
      'Approve (with `listing`: edit, then approve)',
      'ApproveRequest',
    ),
    '/api/v1/moderation/submissions/{id}/reject': decision(
      'rejectSubmission',
      'Reject with a reason the organization will read',
      'RejectRequest',
    ),
    '/api/v1/moderation/submissions/bulk': {
      post: {
        operationId: 'decideInBulk',
        summary: 'Approve or reject a selection, all or nothing',
        security: moderator,
        requestBody: body('BulkDecisionRequest'),
        responses: {
          '200': { description: 'Decided', content: ref('DecisionResult') },
          ...badBody,
          '401': error('Not signed in'),
          '403': error('Missing or wrong CSRF token'),
          '409': error('One of them was already decided: none was'),
        },
      },
    },
    '/api/v1/moderation/reports/{id}/resolve': decision(
      'resolveReport',
      'Resolve or dismiss a report, optionally archiving its listing',
      'ReportResolutionRequest',
    ),
    '/api/v1/moderation/log': moderatorRead('moderationLog', 'The append-only log of decisions, newest first', {
      description: 'Log entries',
    }),
    ...facilityModerationPaths(),
  };
}

// Moderators' facility edits (docs/decisions/0062-facility-import-and-moderator-edits.md).
function facilityModerationPaths() {
  const writeErrors = {
    ...badBody,
    '401': error('Not signed in'),
    '403': error('Missing or wrong CSRF token'),
  };
  return {
    '/api/v1/moderation/facilities': {
      ...moderatorRead(
        'listModeratedFacilities',
        'Every detention facility as moderators edit it, by state then name',
        {
          description: 'The facilities',
          content: ref('ModeratedFacilityList'),
        },
      ),
      post: {
        operationId: 'createFacility',
        summary: "Create a detention facility (never an ORR children's shelter); logged, and free-text programs linked",
        security: moderator,
        requestBody: body('FacilityInput'),
        responses: {
          '201': { description: 'Created', content: ref('FacilityWriteResult') },
          ...writeErrors,
          '409': error('A facility already has this code: change it with PUT'),
        },
      },
    },
    '/api/v1/moderation/facilities/{id}': {
      put: {
        operationId: 'replaceFacility',
        summary: 'Replace a facility with the same code; logged with before and after when anything changed',
        security: moderator,
        parameters: [uuidPath('id')],
        requestBody: body('FacilityInput'),
        responses: {
          '200': { description: 'Replaced (or already so)', content: ref('FacilityWriteResult') },
          ...writeErrors,
          '404': error('No facility has this id'),
        },
      },
    },
  };
}

// A moderator's read: the session cookie only (a GET changes nothing, so no CSRF token), 401 without a session.
function moderatorRead(operationId: string, summary: string, ok: { description: string; content?: object }) {
  return {
    get: {
      operationId,
      summary,
      security: [{ ModeratorSession: [] }],
      responses: { '200': ok, '401': error('Not signed in') },
    },
  };
}

function decision(operationId: string, summary: string, request: string) {
  return {
    post: {
      operationId,
      summary,
      security: moderator,
      parameters: [uuidPath('id')],
      requestBody: body(request),
      responses: {
        '200': { description: 'Decided', content: ref('DecisionResult') },
        ...badBody,
        '401': error('Not signed in'),
        '403': error('Missing or wrong CSRF token'),
        '404': error('No such submission or report'),
        '409': error('Already decided'),
      },
    },
  };
}

/** The request and response schemas those paths refer to. */
export function writeSchemas() {
  return {
    SubmissionRequest: jsonSchema(SubmissionRequest, 'input'),
    SubmissionCreated: jsonSchema(SubmissionCreated),
    ChangeRequest: jsonSchema(ChangeRequest, 'input'),
    SubmissionState: jsonSchema(SubmissionState),
    EditView: jsonSchema(EditView),
    ReportRequest: jsonSchema(ReportRequest, 'input'),
    ReportCreated: jsonSchema(ReportCreated),
    SignInRequest: jsonSchema(SignInRequest, 'input'),
    ModeratorSessionResponse: jsonSchema(ModeratorSessionResponse),
    ModerationQueue: jsonSchema(ModerationQueue),
    ApproveRequest: jsonSchema(ApproveRequest, 'input'),
    RejectRequest: jsonSchema(RejectRequest, 'input'),
    BulkDecisionRequest: jsonSchema(BulkDecisionRequest, 'input'),
    ReportResolutionRequest: jsonSchema(ReportResolutionRequest, 'input'),
    DecisionResult: jsonSchema(DecisionResult),
    FacilityInput: jsonSchema(FacilityInput, 'input'),
    ModeratedFacilityList: jsonSchema(ModeratedFacilityList),
    FacilityWriteResult: jsonSchema(FacilityWriteResult),
  };
}
