/** @module The built-in analyses, run in dependency order by the scan pipeline (ARCHITECTURE.md §3). */
import type { Analysis } from './analysis.js'
import { authenticationAnalysis } from './authentication/authentication.js'
import { awsPermissionsAnalysis } from './aws-permissions/aws-permissions.js'
import { cloudPermissionsAnalysis } from './cloud-permissions/cloud-permissions.js'
import { internetExposureAnalysis } from './exposure/internet-exposure.js'
import { kubernetesEscapeAnalysis } from './kubernetes-escape/kubernetes-escape.js'
import { sensitivityAnalysis } from './sensitivity/sensitivity.js'
import { vulnerabilitiesAnalysis } from './vulnerabilities/vulnerabilities.js'

export const BUILTIN_ANALYSES: readonly Analysis[] = [
  internetExposureAnalysis,
  awsPermissionsAnalysis,
  cloudPermissionsAnalysis,
  kubernetesEscapeAnalysis,
  vulnerabilitiesAnalysis,
  sensitivityAnalysis,
  authenticationAnalysis,
]
