import setupTestDatabases from '@diplomacy-graph/core/testing/global-setup';
import type { TestProject } from 'vitest/node';
import { buildDashboard } from './build-dashboard.ts';

// The run's Postgres (core's harness) and the dashboard build are independent: do both at once.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [teardown] = await Promise.all([setupTestDatabases(project), buildDashboard()]);
  return teardown;
}
