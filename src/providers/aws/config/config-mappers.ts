/** @module Which mapper reads which AWS Config resource type (explicit registry; absent = generic node). */
import { mapTrail } from '../services/cloudtrail/cloudtrail-trail.js'
import { mapHttpApi, mapHttpApiStage, mapRestApi, mapRestApiStage } from '../services/apigateway/apigateway.js'
import { mapDynamoDbTable } from '../services/dynamodb/dynamodb-table.js'
import { mapElasticIp, mapEgressOnlyInternetGateway, mapInternetGateway, mapNatGateway } from '../services/ec2/ec2-gateways.js'
import { mapInstance } from '../services/ec2/ec2-instance.js'
import { mapNetworkAcl } from '../services/ec2/ec2-network-acl.js'
import { mapNetworkInterface } from '../services/ec2/ec2-network-interface.js'
import { mapRouteTable } from '../services/ec2/ec2-route-table.js'
import { mapSecurityGroup } from '../services/ec2/ec2-security-group.js'
import { mapVolume } from '../services/ec2/ec2-volume.js'
import { mapSubnet, mapVpc } from '../services/ec2/ec2-vpc.js'
import { mapEcrRepository } from '../services/ecr/ecr-repository.js'
import { mapEksCluster, mapEksNodegroup } from '../services/eks/eks-cluster.js'
import { mapListener, mapTargetGroup } from '../services/elb/elb-listener.js'
import { mapClassicLoadBalancer, mapLoadBalancerV2 } from '../services/elb/elb-load-balancer.js'
import { mapConfigIamGroup, mapConfigIamPolicy, mapConfigIamRole, mapConfigIamUser } from '../services/iam/iam-config.js'
import { mapKmsKey } from '../services/kms/kms-key.js'
import { mapLambdaFunction } from '../services/lambda/lambda-function.js'
import { mapSnsTopic, mapSqsQueue } from '../services/messaging/messaging.js'
import { mapDbCluster, mapDbClusterSnapshot, mapDbInstance, mapDbSnapshot } from '../services/rds/rds-database.js'
import { mapBucket } from '../services/s3/s3-bucket.js'
import { mapSecret } from '../services/secretsmanager/secretsmanager-secret.js'
import type { ConfigMapper } from './config-mapper.js'

export const CONFIG_MAPPERS: Readonly<Record<string, ConfigMapper>> = {
  'AWS::EC2::Instance': mapInstance,
  'AWS::EC2::NetworkInterface': mapNetworkInterface,
  'AWS::EC2::SecurityGroup': mapSecurityGroup,
  'AWS::EC2::NetworkAcl': mapNetworkAcl,
  'AWS::EC2::VPC': mapVpc,
  'AWS::EC2::Subnet': mapSubnet,
  'AWS::EC2::RouteTable': mapRouteTable,
  'AWS::EC2::InternetGateway': mapInternetGateway,
  'AWS::EC2::EgressOnlyInternetGateway': mapEgressOnlyInternetGateway,
  'AWS::EC2::NatGateway': mapNatGateway,
  'AWS::EC2::EIP': mapElasticIp,
  'AWS::EC2::Volume': mapVolume,
  'AWS::ElasticLoadBalancing::LoadBalancer': mapClassicLoadBalancer,
  'AWS::ElasticLoadBalancingV2::LoadBalancer': mapLoadBalancerV2,
  'AWS::ElasticLoadBalancingV2::Listener': mapListener,
  'AWS::ElasticLoadBalancingV2::TargetGroup': mapTargetGroup,
  'AWS::S3::Bucket': mapBucket,
  'AWS::RDS::DBInstance': mapDbInstance,
  'AWS::RDS::DBCluster': mapDbCluster,
  'AWS::RDS::DBSnapshot': mapDbSnapshot,
  'AWS::RDS::DBClusterSnapshot': mapDbClusterSnapshot,
  'AWS::DynamoDB::Table': mapDynamoDbTable,
  'AWS::Lambda::Function': mapLambdaFunction,
  'AWS::EKS::Cluster': mapEksCluster,
  'AWS::EKS::Nodegroup': mapEksNodegroup,
  'AWS::ECR::Repository': mapEcrRepository,
  'AWS::KMS::Key': mapKmsKey,
  'AWS::SecretsManager::Secret': mapSecret,
  'AWS::IAM::User': mapConfigIamUser,
  'AWS::IAM::Group': mapConfigIamGroup,
  'AWS::IAM::Role': mapConfigIamRole,
  'AWS::IAM::Policy': mapConfigIamPolicy,
  'AWS::CloudTrail::Trail': mapTrail,
  'AWS::ApiGateway::RestApi': mapRestApi,
  'AWS::ApiGateway::Stage': mapRestApiStage,
  'AWS::ApiGatewayV2::Api': mapHttpApi,
  'AWS::ApiGatewayV2::Stage': mapHttpApiStage,
  'AWS::SNS::Topic': mapSnsTopic,
  'AWS::SQS::Queue': mapSqsQueue,
}
