import { Registry, collectDefaultMetrics } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * Node's default metrics (CPU, memory, event-loop lag, GC, handles) describe the process, not one
 * app, so they are collected once per process into this registry (never prom-client's global one)
 * and merged into every app's scrape. Collecting them per app would start an event-loop monitor
 * and a GC observer for each of the many apps a test file creates.
 */
export function defaultMetricsRegistry(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
