/** The Atom feed of updates, at /updates.xml. */
import type { APIRoute } from 'astro';
import { updatesFeed } from '../site/feeds.ts';

export const GET: APIRoute = () => updatesFeed();
