/**
 * Files in and out: reading an input file within limits ({@link dev.stratsim.files.InputFile}),
 * writing output files whole, under a folder lock and never over a file stratsim did not write
 * ({@link dev.stratsim.files.OutputFiles}), and saying in plain words why a path could not be used
 * ({@link dev.stratsim.files.FileProblems}).
 */
package dev.stratsim.files;
