// @ts-check
// The site is its content/ and this one line: everything else comes from the
// engine (mission-handbook), configured by content/site.yaml.
import { defineConfig } from 'astro/config';
import missionHandbook from 'mission-handbook';

export default defineConfig({ integrations: [missionHandbook()] });
