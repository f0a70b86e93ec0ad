import type {DesignDocModel} from '../types/model';
import type {ApprovalGate} from '../types/options';
import {buildModel, type FederatedInput, type ModelInput} from '../model/buildModel';
import type {Vocabulary} from '../vocabulary/vocabulary';
import {validateModel} from './validateModel';

/**
 * The model every output is built from, with its problems: the docs
 * plugin's loaded docs normalized and related (`model/`), then checked
 * (`validate/`). Pure; the build, the CLI and the bench all call it.
 */
export function buildDesignDocModel(
  inputs: ModelInput[],
  vocabulary: Vocabulary,
  {approvalGate = 'warn', federated}: {approvalGate?: ApprovalGate; federated?: FederatedInput} = {},
): DesignDocModel {
  const built = buildModel(inputs, vocabulary, federated);
  return {
    docs: built.docs,
    remoteDocs: built.remoteDocs,
    byKey: built.byKey,
    relations: built.relations,
    problems: validateModel(built, vocabulary, approvalGate),
    ...(built.openReferences.size > 0 && {openReferences: built.openReferences}),
  };
}
