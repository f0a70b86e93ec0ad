export * from './lib/plugin/sidebar/index';
