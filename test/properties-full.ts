// Loaded first by .mocharc.properties.json (`npm run test:properties`): the properties run their full counts.
process.env.PROPERTIES = 'full';
