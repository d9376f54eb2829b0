module.exports = { ...require('../../jest.preset.js'), displayName: 'datastate-committer', rootDir: __dirname };
