import { BadRequestException, Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiTags, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Problem } from '../errors/problem';
import { CommandStepRoute, uuidParam } from './command-routes';
import { HONOURS_IF_MATCH, HonoursIfMatch } from './if-match';

const IF_MATCH_TEXT = 'The thing revision you last saw';

class Accepted {
  @ApiProperty()
  thingId!: string;
}

class Added extends Accepted {
  @ApiProperty()
  partId!: string;
}

class Note {
  @ApiProperty()
  text!: string;
}

const Step = CommandStepRoute(IF_MATCH_TEXT);

@ApiTags('things')
@Controller('things')
class WithStepRoutes {
  @Step(':thingId/parts/:partId/notes', { summary: 'Note a part', ok: Accepted, ids: ['thingId', 'partId'] })
  note(@Param('thingId', uuidParam) thingId: string, @Param('partId', uuidParam) partId: string, @Body() note: Note) {
    return { thingId, partId, note };
  }

  @Step(':thingId/parts', { summary: 'Add a part', created: Added, ids: ['thingId'] })
  add(@Param('thingId', uuidParam) thingId: string, @Body() note: Note) {
    return { thingId, note };
  }
}

/** The same routes as each step route used to stack its decorators. */
@ApiTags('things')
@Controller('things')
class WithStackedDecorators {
  @Post(':thingId/parts/:partId/notes')
  @HonoursIfMatch(IF_MATCH_TEXT)
  @HttpCode(200)
  @ApiOperation({ summary: 'Note a part' })
  @ApiOkResponse({ type: Accepted })
  @ApiNotFoundResponse({ type: Problem })
  @ApiParam({ name: 'thingId', format: 'uuid' })
  @ApiParam({ name: 'partId', format: 'uuid' })
  note(@Param('thingId', uuidParam) thingId: string, @Param('partId', uuidParam) partId: string, @Body() note: Note) {
    return { thingId, partId, note };
  }

  @Post(':thingId/parts')
  @HonoursIfMatch(IF_MATCH_TEXT)
  @ApiOperation({ summary: 'Add a part' })
  @ApiCreatedResponse({ type: Added })
  @ApiNotFoundResponse({ type: Problem })
  @ApiParam({ name: 'thingId', format: 'uuid' })
  add(@Param('thingId', uuidParam) thingId: string, @Body() note: Note) {
    return { thingId, note };
  }
}

async function openApiOf(controller: new (...args: never[]) => unknown): Promise<string> {
  const moduleRef = await Test.createTestingModule({ controllers: [controller] }).compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  try {
    return JSON.stringify(SwaggerModule.createDocument(app, new DocumentBuilder().build(), { operationIdFactory: (_controller, method) => method }));
  } finally {
    await app.close();
  }
}

describe('CommandStepRoute', () => {
  it('documents a step exactly as the stacked decorators did (the same bytes, in the same order)', async () => {
    const stepped = await openApiOf(WithStepRoutes);
    expect(stepped).toBe(await openApiOf(WithStackedDecorators));
    expect(stepped).toContain(IF_MATCH_TEXT);
  });

  it('answers 200 for a step that changes the aggregate, 201 (Nest\'s default for POST) for one that adds to it', () => {
    for (const controller of [WithStepRoutes, WithStackedDecorators]) {
      expect(Reflect.getMetadata(HTTP_CODE_METADATA, controller.prototype.note)).toBe(200);
      expect(Reflect.getMetadata(HTTP_CODE_METADATA, controller.prototype.add)).toBeUndefined();
    }
  });

  it('lets If-Match through at the edge on every step', () => {
    for (const handler of [WithStepRoutes.prototype.note, WithStepRoutes.prototype.add]) {
      expect(Reflect.getMetadata(HONOURS_IF_MATCH, handler)).toBe(true);
    }
  });
});

describe('uuidParam', () => {
  it('reads a random (v4) and a name-based (v5) UUID, in either letter case', () => {
    for (const id of ['c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10', '2ed6657d-e927-568b-95e1-2665a8aea6a2', '2ED6657D-E927-568B-95E1-2665A8AEA6A2']) {
      expect(uuidParam.transform(id)).toBe(id);
    }
  });

  it('refuses other versions, a bad variant and what is not a UUID with 400', () => {
    for (const id of ['c2e8a6b3-1d4f-1e2a-8b7c-6a5d4c3b2a10', 'c2e8a6b3-1d4f-3e2a-8b7c-6a5d4c3b2a10', 'c2e8a6b3-1d4f-4e2a-cb7c-6a5d4c3b2a10', 'not-a-uuid', '', 42, undefined]) {
      expect(() => uuidParam.transform(id)).toThrow(BadRequestException);
    }
  });
});
