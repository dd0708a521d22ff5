import { aPlace, aSettingAt, east, type Send } from './lists.js';

// A child's home and the settings around it, for the tests of lists over the API (tests/api/lists-*).

/**
 * Four settings around a child's home: two that fit, one for other needs, one too far. Through
 * `send`, a test's own stack (a table of its own) when it counts on no other test's settings nearby.
 */
export async function aNeighbourhood(send?: Send) {
  const home = aPlace();
  const willow = await aSettingAt(
    {
      name: 'Willow Special',
      at: east(home, 3),
      designation: ['ASD', 'SLCN'],
      capacity: { places: 60, onRoll: 55, vacancies: 5 },
    },
    send,
  );
  const rowan = await aSettingAt(
    {
      name: 'Rowan Special',
      at: east(home, 6),
      laCode: '936',
      designation: ['SLCN'],
      capacity: { places: 40, onRoll: 41, vacancies: 0 },
    },
    send,
  );
  const elm = await aSettingAt({ name: 'Elm Sensory', at: east(home, 2), designation: ['VI', 'HI'] }, send);
  // Just beyond the 15 km travel distance: the nearer it is, the fewer other tests' autism settings
  // (at random Midlands spots too) can come between it and the child.
  const far = await aSettingAt({ name: 'Faraway Special', at: east(home, 16), designation: ['ASD'] }, send);
  return { home, willow, rowan, elm, far };
}
