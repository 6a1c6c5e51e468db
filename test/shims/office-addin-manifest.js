// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency
// chain pulls ESM-only packages (strip-bom 5, uuid 14) that jest cannot load. Values as in
// office-addin-manifest 3.0.0 lib/officeApp.js. Mapped in jest.config.js.
module.exports = {
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
};
