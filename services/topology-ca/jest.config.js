module.exports = { ...require('../../jest.preset.js'), displayName: 'topology-ca', rootDir: __dirname };
