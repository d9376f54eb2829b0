module.exports = { ...require('../../jest.preset.js'), displayName: 'placement-scheduler', rootDir: __dirname };
