module.exports = { ...require('../../jest.preset.js'), displayName: 'metrics-collector', rootDir: __dirname };
