import {afterAll} from 'vitest';
import {removeTempDirs} from '../helpers/tempDirs';

// Runs after every test file: its fixture sites and build outputs go.
afterAll(() => {
  removeTempDirs();
});
