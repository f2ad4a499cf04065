/**
 * The write contract (core/write/contract.ts): the workbook as a host read it + the plans ->
 * the resolved writes every host carries out the same way.
 */
export * from "./contract";
export { WRITE_MESSAGES, writeProblem, type WriteProblemCode } from "./problems";
