/**
 * Rules for one place that its schema cannot express: what each kind of place needs to be drawn.
 * A city is a point, so it needs coordinates; a country is a shape in the map data, so it needs
 * the code that names the shape; a region is not drawn, so it may have neither.
 */
import type { Problem } from '../problems.ts';
import type { Entry } from '../reader.ts';
import type { ParsedYaml } from '../yaml-source.ts';

/**
 * Problems with the fields a place's kind needs; none for entries of other collections.
 * `contentDir` is the content folder as problems name it ("content").
 */
export function checkPlace(entry: Entry & { yaml: ParsedYaml }, contentDir: string): Problem[] {
  if (entry.collection !== 'places' || entry.data === null || typeof entry.data !== 'object') {
    return [];
  }
  const data = entry.data as Record<string, unknown>;
  const problems: Problem[] = [];
  const at = (path: string[], message: string) =>
    problems.push({ file: entry.file, line: entry.yaml.lineOf(path), message });
  if (data['kind'] === 'city' && data['coordinates'] === undefined) {
    at(
      ['kind'],
      'kind: a city is drawn as a point, so it needs coordinates. Add "coordinates:" with ' +
        '"lat:" and "lon:" copied from the geographic reference named in sources ' +
        `(${contentDir}/sources/geonames-cities.yaml), never from memory.`,
    );
  }
  if (data['kind'] === 'country' && data['atlasId'] === undefined) {
    at(
      ['kind'],
      'kind: a country is drawn from its shape in the map data, so it needs atlasId: its ' +
        'three-digit ISO 3166-1 numeric code, like atlasId: "804" for Ukraine.',
    );
  }
  if (data['kind'] !== 'city' && data['coordinates'] !== undefined) {
    at(
      ['coordinates'],
      'coordinates: only a city is drawn as a point. Remove the coordinates, or make the kind city.',
    );
  }
  return problems;
}
