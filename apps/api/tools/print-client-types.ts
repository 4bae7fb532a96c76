/**
 * Prints the client types of an OpenAPI document file: the e2e test's way to convert the document the API
 * serves. openapi-typescript's dependencies are ES modules, which Node loads and jest does not, so the test
 * runs this in its own Node process.
 */
import { readFileSync } from 'node:fs';
import { clientTypes } from './client-types';

void clientTypes(JSON.parse(readFileSync(process.argv[2], 'utf8')) as object).then((types) => process.stdout.write(types));
