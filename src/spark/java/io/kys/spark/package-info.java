/**
 * Batch scoring with a kys bundle on Apache Spark, built only with {@code mvn -Pspark} so the
 * core jar never carries Spark. {@link io.kys.spark.SparkScoreJob} reads a folder of image files
 * or a Parquet table of encoded images, ships the bundle to the executors, scores each partition
 * with one {@link io.kys.deploy.KysDetector} ({@link io.kys.spark.PartitionScorer}), and writes
 * the columns of {@code kys score} as Parquet or CSV.
 */
package io.kys.spark;
