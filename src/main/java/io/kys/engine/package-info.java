/**
 * Process-wide settings that must be in place before DJL loads its engine. Every entry point (the
 * command line, the Jupyter kernel, the notebook facade, the benchmarks) calls
 * {@link io.kys.engine.EngineSetup#offline()} first; the package sits below all others so that any
 * of them may do so without depending on another entry point.
 */
package io.kys.engine;
