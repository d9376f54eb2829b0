module.exports = { ...require('../../jest.preset.js'), displayName: 'deploy-tests', rootDir: __dirname };
