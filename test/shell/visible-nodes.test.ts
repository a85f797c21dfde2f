import { describe, expect, it } from 'vitest';
import { nearestInDirection } from '../../src/shell/visible-nodes';

describe('arrow keys between organisations', () => {
  const nodes = [
    { index: 0, x: 100, y: 100 },
    { index: 1, x: 200, y: 110 },
    { index: 2, x: 150, y: 300 },
    { index: 3, x: 40, y: 100 },
    { index: 4, x: 300, y: 100 },
  ];
  it('moves to the nearest organisation in the direction pressed', () => {
    expect(nearestInDirection(nodes, nodes[0], 1, 0)).toBe(1);
    expect(nearestInDirection(nodes, nodes[0], -1, 0)).toBe(3);
    expect(nearestInDirection(nodes, nodes[0], 0, 1)).toBe(2);
    expect(nearestInDirection(nodes, nodes[0], 0, -1)).toBeNull();
    expect(nearestInDirection(nodes, nodes[1], 1, 0)).toBe(4);
  });
});
