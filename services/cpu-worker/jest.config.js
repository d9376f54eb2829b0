module.exports = { ...require('../../jest.preset.js'), displayName: 'cpu-worker', rootDir: __dirname };
