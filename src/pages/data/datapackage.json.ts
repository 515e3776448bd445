// The combined set's Frictionless data package.
import type { APIRoute } from 'astro';
import { getDataDocuments } from '../../lib/open-data/documents.ts';
import { combinedPackage, packageJson } from '../../lib/open-data/package.ts';
import { fileResponse } from '../../lib/open-data/response.ts';

export const GET: APIRoute = async () => fileResponse(packageJson(combinedPackage(await getDataDocuments())), 'json');
