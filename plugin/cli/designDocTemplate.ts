/**
 * The design-document template of the system-architect skill
 * (shared/seed/system-architect-skill.md), as the seed has it: sections 1
 * to 16, the feedback protocol, and the seed's validation checklist.
 * `design-docs:new design-doc` fills in the title, author, date, status and
 * first revision row; everything else stays word for word, so the body
 * reader finds the tables, decision blocks and checklist where the seed
 * puts them. test/unit/cliTemplates.test.ts holds it to the seed's text.
 */
export const SEED_DESIGN_DOC_TEMPLATE = `# System Design Document: [System Name]

**Author**: Claude (System Architect)
**Date**: [Current Date]
**Status**: Draft | Review | Approved
**Reviewers**: [Principal Engineer, Code Reviewer]

## 1. Executive Summary
[2-3 paragraphs: What are we building, why, and the high-level approach]

## 2. Background & Context

### 2.1 Problem Statement
[What problem does this solve? What pain points does it address?]

### 2.2 Goals & Objectives
- [Primary goal]
- [Secondary goal]
- [Success metrics]

### 2.3 Non-Goals
[What we're explicitly NOT doing in this design]

## 3. Requirements

### 3.1 Functional Requirements
| ID | Requirement | Priority |
|----|-------------|----------|
| FR-1 | [Description] | Must Have |
| FR-2 | [Description] | Should Have |

### 3.2 Non-Functional Requirements
| Category | Requirement | Target |
|----------|-------------|--------|
| Performance | API latency | < 200ms p95 |
| Scalability | Concurrent users | 100k users |
| Availability | Uptime | 99.9% |
| Security | Data encryption | At rest & in transit |

### 3.3 Constraints
- **Technical**: [Existing tech stack, team expertise]
- **Business**: [Budget, timeline]
- **Regulatory**: [Compliance requirements]

## 4. High-Level Architecture

### 4.1 System Context
\`\`\`
[C4 Context Diagram - showing system in broader ecosystem]

┌─────────────┐
│   Users     │
└──────┬──────┘
       │
┌──────▼──────────────────────────────────┐
│     [Your System]                       │
│  ┌────────┐  ┌────────┐  ┌────────┐   │
│  │Service │  │Service │  │Service │   │
│  └────────┘  └────────┘  └────────┘   │
└──────┬──────────────────────────────────┘
       │
┌──────▼──────┐
│External APIs│
└─────────────┘
\`\`\`

### 4.2 Architecture Style
[Microservices | Monolith | Serverless | Hybrid]

**Justification**: [Why this architecture fits the requirements]

### 4.3 Component Overview
\`\`\`
┌─────────────────────────────────────────────┐
│              Load Balancer                  │
└────────────────┬────────────────────────────┘
                 │
     ┌───────────┼───────────┐
     │           │           │
┌────▼────┐ ┌───▼────┐ ┌───▼────┐
│API      │ │API     │ │API     │
│Gateway  │ │Gateway │ │Gateway │
└────┬────┘ └───┬────┘ └───┬────┘
     │          │          │
     └──────────┼──────────┘
                │
     ┌──────────┼──────────┐
     │          │          │
┌────▼────┐┌───▼────┐┌───▼────┐
│Service A││Service B││Service C│
└────┬────┘└───┬────┘└───┬────┘
     │         │         │
     └─────────┼─────────┘
               │
        ┌──────▼──────┐
        │  Data Layer │
        └─────────────┘
\`\`\`

## 5. Detailed Component Design

### 5.1 [Component Name]

**Responsibility**: [What this component does]

**Technology**: [Language/framework]

**API Interface**:
\`\`\`
GET /api/v1/resource
POST /api/v1/resource
PUT /api/v1/resource/{id}
DELETE /api/v1/resource/{id}
\`\`\`

**Data Model**:
\`\`\`python
class Resource:
    id: str
    name: str
    created_at: datetime
    metadata: dict
\`\`\`

**Dependencies**:
- [Component B]: For [purpose]
- [External API]: For [purpose]

**Scaling Strategy**: [How this component scales]

**Error Handling**: [How errors are managed]

### 5.2 [Next Component]
[Same structure]

## 6. Data Design

### 6.1 Data Models

#### Primary Entities
\`\`\`sql
-- User table
CREATE TABLE users (
    id UUID PRIMARY KEY,
    email VARCHAR(255) UNIQUE NOT NULL,
    created_at TIMESTAMP DEFAULT NOW()
);

-- [Other tables]
\`\`\`

#### Relationships
[ER diagram or description]

### 6.2 Data Flow
\`\`\`
User Request → API Gateway → Service Layer → Data Layer
                ↓
           Cache Check
                ↓
           Database Query
                ↓
           Response Transform
                ↓
           Return to User
\`\`\`

### 6.3 Storage Strategy
| Data Type | Storage | Justification |
|-----------|---------|---------------|
| User data | PostgreSQL | ACID, relations |
| Sessions | Redis | Fast, TTL support |
| Embeddings | Qdrant | Vector similarity |
| Files | S3 | Scalable object storage |

## 7. API Design

### 7.1 API Contracts

#### Authentication
\`\`\`
POST /api/v1/auth/login
Request:
{
  "email": "user@example.com",
  "password": "***"
}

Response:
{
  "token": "jwt_token_here",
  "expires_at": "2024-12-31T23:59:59Z"
}
\`\`\`

#### [Key Endpoints]
[Define major API endpoints with request/response schemas]

### 7.2 Error Responses
\`\`\`json
{
  "error": {
    "code": "INVALID_INPUT",
    "message": "Email is required",
    "details": {
      "field": "email",
      "constraint": "required"
    }
  }
}
\`\`\`

## 8. Infrastructure & Deployment

### 8.1 Infrastructure Architecture
\`\`\`
┌─────────────────────────────────────┐
│          Cloud Provider (AWS)       │
│                                     │
│  ┌──────────────────────────────┐  │
│  │  VPC (10.0.0.0/16)           │  │
│  │                              │  │
│  │  ┌────────────────────────┐ │  │
│  │  │  Public Subnet         │ │  │
│  │  │  (Load Balancers)      │ │  │
│  │  └────────────────────────┘ │  │
│  │                              │  │
│  │  ┌────────────────────────┐ │  │
│  │  │  Private Subnet        │ │  │
│  │  │  (App Servers)         │ │  │
│  │  └────────────────────────┘ │  │
│  │                              │  │
│  │  ┌────────────────────────┐ │  │
│  │  │  Data Subnet           │ │  │
│  │  │  (Databases)           │ │  │
│  │  └────────────────────────┘ │  │
│  └──────────────────────────────┘  │
└─────────────────────────────────────┘
\`\`\`

### 8.2 Deployment Strategy
- **Environment**: Dev, Staging, Production
- **CI/CD**: GitHub Actions → Build → Test → Deploy
- **Rollout**: Blue-green deployment
- **Rollback**: Automated on health check failure

### 8.3 Scaling Configuration
| Component | Min Instances | Max Instances | Trigger |
|-----------|---------------|---------------|---------|
| API Gateway | 2 | 10 | CPU > 70% |
| Service A | 3 | 20 | Request queue depth |
| Database | 1 | 5 (read replicas) | Replication lag |

## 9. Security Design

### 9.1 Authentication & Authorization
- **Authentication**: JWT tokens with RS256 signing
- **Authorization**: Role-based access control (RBAC)
- **Session Management**: Redis with 24h TTL

### 9.2 Data Security
- **Encryption at Rest**: AES-256
- **Encryption in Transit**: TLS 1.3
- **Secrets Management**: AWS Secrets Manager
- **PII Handling**: Encrypted fields, access logging

### 9.3 Threat Mitigation
| Threat | Mitigation |
|--------|------------|
| SQL Injection | Parameterized queries, ORM |
| XSS | Input sanitization, CSP headers |
| CSRF | CSRF tokens, SameSite cookies |
| DDoS | Rate limiting, WAF |
| Data breach | Encryption, access controls, audit logs |

## 10. Observability

### 10.1 Logging
- **Log Levels**: DEBUG, INFO, WARN, ERROR
- **Structured Logging**: JSON format
- **Log Aggregation**: CloudWatch Logs / ELK Stack
- **Retention**: 30 days

### 10.2 Metrics
| Metric | Target | Alert Threshold |
|--------|--------|-----------------|
| API Latency (p95) | < 200ms | > 500ms |
| Error Rate | < 0.1% | > 1% |
| Throughput | 1000 req/s | N/A |
| Database Connections | < 80% pool | > 90% pool |

### 10.3 Tracing
- **Tool**: OpenTelemetry
- **Trace Key Operations**: API requests, database queries, external API calls
- **Sampling**: 1% in production, 100% in staging

### 10.4 Alerts
- **Latency > 500ms** for 5 minutes → Page on-call
- **Error rate > 1%** for 2 minutes → Page on-call
- **Service down** → Immediate page
- **Database connection pool > 90%** → Slack notification

## 11. Performance Optimization

### 11.1 Caching Strategy
| Cache Layer | Technology | TTL | Purpose |
|-------------|------------|-----|---------|
| CDN | CloudFront | 24h | Static assets |
| Application | Redis | 5m-1h | API responses |
| Database | Query cache | 30s | Frequent queries |

### 11.2 Database Optimization
- **Indexing**: Create indexes on foreign keys and frequently queried fields
- **Connection Pooling**: Max 100 connections per service
- **Read Replicas**: 2 replicas for read-heavy workloads
- **Query Optimization**: Analyze slow queries, add EXPLAIN plans

### 11.3 Network Optimization
- **Compression**: gzip for API responses
- **HTTP/2**: Multiplexing for reduced latency
- **Connection Reuse**: Keep-alive connections
- **Geographic Distribution**: Multi-region deployment for global users

## 12. Trade-offs & Design Decisions

### Decision 1: [Technology Choice]
**Chosen**: [Option A]
**Alternatives Considered**: [Option B, Option C]
**Rationale**: [Why we chose A]
**Trade-offs**: [What we gave up]

### Decision 2: [Architecture Pattern]
**Chosen**: [Pattern X]
**Alternatives Considered**: [Pattern Y, Pattern Z]
**Rationale**: [Why we chose X]
**Trade-offs**: [What we gave up]

## 13. Risks & Mitigation

| Risk | Likelihood | Impact | Mitigation |
|------|------------|--------|------------|
| Database becomes bottleneck | Medium | High | Read replicas, caching, sharding plan |
| Third-party API downtime | Medium | Medium | Circuit breaker, fallback logic, retries |
| Data privacy violation | Low | Critical | Encryption, access controls, audit logs |
| Scaling costs | High | Medium | Auto-scaling policies, cost monitoring |

## 14. Future Considerations

### Phase 2 Enhancements
- [Feature or improvement]
- [Scalability enhancement]
- [Performance optimization]

### Technical Debt
- [Known shortcuts in this design]
- [Areas needing future refactoring]

### Evolution Path
- [How this design can evolve]
- [Migration strategies for future changes]

## 15. Open Questions

1. [Question for principal-engineer]
2. [Question for code-reviewer]
3. [Question for stakeholders]

## 16. Appendices

### A. Glossary
- **Term**: Definition
- **Acronym**: Full expansion and meaning

### B. References
- [Related design docs]
- [Architecture decision records]
- [External resources]

### C. Revision History
| Date | Author | Changes |
|------|--------|---------|
| 2024-11-16 | Claude | Initial draft |

---

## Feedback Integration Protocol

### Accepting Feedback
When principal-engineer or code-reviewer provides feedback:

1. **Acknowledge**: Confirm understanding of the feedback
2. **Evaluate**: Assess impact on the design
3. **Update**: Modify design doc with changes
4. **Explain**: Document why changes were made (or not made)
5. **Re-review**: Request re-review of updated sections

### Feedback Categories
- 🔴 **Critical**: Must address before implementation
- 🟡 **Important**: Should address, significant impact
- 🟢 **Nice-to-have**: Consider for future iterations
- 💬 **Question**: Needs clarification or discussion

### Revision Tracking
## Revision: [Date]
**Feedback from**: [Reviewer]
**Changes made**:
- Section X: Updated based on [feedback point]
- Section Y: Added [missing element]
**Rationale**: [Why these changes improve the design]
\`\`\`
\`\`\`

## Validation Checklist

Before finalizing design, verify:
- [ ] All functional requirements addressed
- [ ] All non-functional requirements have targets
- [ ] Scalability plan documented
- [ ] Security design complete
- [ ] Observability strategy defined
- [ ] Error handling specified
- [ ] API contracts documented
- [ ] Data models defined
- [ ] Deployment strategy clear
- [ ] Risks identified and mitigated
- [ ] Trade-offs explicitly stated
- [ ] Feedback from principal-engineer incorporated
- [ ] Code-reviewer concerns addressed
`;
