import { detectContainerEngine, startNatsContainer, NoContainerEngineError, NO_ENGINE_MESSAGE } from './containers';

describe('container engine detection (testcontainers path)', () => {
  it('finds an engine through DOCKER_HOST or a socket', () => {
    expect(detectContainerEngine({ DOCKER_HOST: 'tcp://10.0.0.2:2375' }, () => false)).toEqual({ found: true, via: 'DOCKER_HOST=tcp://10.0.0.2:2375' });
    expect(detectContainerEngine({}, (p) => p === '/var/run/docker.sock')).toEqual({ found: true, via: '/var/run/docker.sock' });
    expect(detectContainerEngine({ XDG_RUNTIME_DIR: '/run/user/1000' }, (p) => p === '/run/user/1000/docker.sock')).toEqual({ found: true, via: '/run/user/1000/docker.sock' });
  });

  it('reports plainly that no engine exists', async () => {
    const engine = detectContainerEngine({}, () => false);
    expect(engine).toEqual({ found: false, reason: NO_ENGINE_MESSAGE });
    await expect(startNatsContainer({ engine })).rejects.toThrow(NoContainerEngineError);
    await expect(startNatsContainer({ engine })).rejects.toThrow(/^no container engine: DOCKER_HOST is not set/);
  });
});
