module.exports = { ...require('../../jest.preset.js'), displayName: 'leader-core', rootDir: __dirname };
