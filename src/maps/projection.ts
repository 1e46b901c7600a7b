/**
 * The projection of a map: azimuthal equal-area, centred on what the map is about so that north
 * is up in the middle of the map and areas keep their proportions, fitted to the map's width with
 * the height that the places need. Pure.
 */
import {
  geoAzimuthalEqualArea,
  geoCentroid,
  geoEqualEarth,
  geoPath,
  type GeoProjection,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MapSpec } from './specs.ts';

export interface Framed {
  projection: GeoProjection;
  height: number;
}

/**
 * Fits the projection: the frame holds `features` (the cities as points and, for a regional
 * map, the focus countries' shapes) with the spec's padding around them. The height follows from
 * the width, up to `maxAspect`; the projection then clips every shape to the frame.
 */
export function frameMap(spec: MapSpec, features: readonly Feature<Geometry>[]): Framed {
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [...features] };
  const [lon, lat] = geoCentroid(collection);
  const [padX, padY] = spec.padding;
  const inner = spec.width - 2 * padX;
  // A world map turns only about the vertical axis, so that the equator stays straight and the
  // map looks like the one readers know, with Greenwich inside it: its middle is halfway between
  // the places' westernmost and easternmost longitudes, counted from -180 to 180.
  const longitudes = features.flatMap((f) =>
    f.geometry.type === 'Point' ? [f.geometry.coordinates[0] ?? 0] : [],
  );
  const middle = (Math.min(...longitudes, lon) + Math.max(...longitudes, lon)) / 2;
  const projection =
    spec.projection === 'equal-earth'
      ? geoEqualEarth().rotate([-middle, 0])
      : geoAzimuthalEqualArea().rotate([-lon, -lat]);
  projection.fitWidth(inner, collection);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
  const height = Math.min(Math.ceil(y1 - y0 + 2 * padY), Math.round(spec.width * spec.maxAspect));
  projection
    .fitExtent(
      [
        [padX, padY],
        [spec.width - padX, height - padY],
      ],
      collection,
    )
    .clipExtent([
      [0, 0],
      [spec.width, height],
    ]);
  return { projection, height };
}
