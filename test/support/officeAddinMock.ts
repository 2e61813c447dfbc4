// office-addin-mock for jest. It needs only the OfficeApp enum from office-addin-manifest, whose
// full import chain pulls ESM-only packages jest cannot load; give it the enum alone.
import type { OfficeMockObject as OfficeMockObjectType } from 'office-addin-mock';

jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));
// Loaded after the mock above is registered.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loaded = require('office-addin-mock') as typeof import('office-addin-mock');

export const OfficeMockObject: typeof OfficeMockObjectType = loaded.OfficeMockObject;
