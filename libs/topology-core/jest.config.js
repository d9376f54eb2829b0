module.exports = { ...require('../../jest.preset.js'), displayName: 'topology-core', rootDir: __dirname };
