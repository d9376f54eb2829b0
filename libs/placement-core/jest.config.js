module.exports = { ...require('../../jest.preset.js'), displayName: 'placement-core', rootDir: __dirname };
